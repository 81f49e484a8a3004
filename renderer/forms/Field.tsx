import {
  useId,
  type ComponentProps,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { FieldError } from 'react-hook-form';

interface FieldFrameProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: Pick<FieldError, 'message'> | undefined;
  /** The control's id where a fixed one is wanted; otherwise a generated one ties the label to it. */
  readonly id?: string;
  /** Keeps a field that stands outside a narrow form to the same width. */
  readonly narrow?: boolean;
}

/** What ties a control to its label, hint and error. */
interface ControlAttributes {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/** The label, the control, and its hint and error, which are read out with it (aria-describedby). */
function FieldFrame({
  label,
  hint,
  error,
  id: fixedId,
  narrow = false,
  control,
}: FieldFrameProps & { control: (attributes: ControlAttributes) => ReactNode }) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={narrow ? 'field narrow-form' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error?.message ? (
        <p id={errorId} className="field-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

/** Splits a field's props into the frame's and the control's own. */
function splitFrame<Props extends FieldFrameProps>({ label, hint, error, id, narrow, ...control }: Props) {
  return [{ label, hint, error, id, narrow }, control] as const;
}

// The control's own attributes come after the frame's, so a screen may still set them itself.

/** A labelled input. */
export function Field(props: FieldFrameProps & ComponentProps<'input'>) {
  const [frame, input] = splitFrame(props);
  return <FieldFrame {...frame} control={(attributes) => <input {...attributes} {...input} />} />;
}

/** A labelled drop-down; its options are the children. */
export function SelectField(props: FieldFrameProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const [frame, select] = splitFrame(props);
  return <FieldFrame {...frame} control={(attributes) => <select {...attributes} {...select} />} />;
}

/** A labelled text area, for text of several lines (one name a line, say). */
export function TextAreaField(props: FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [frame, textarea] = splitFrame(props);
  return <FieldFrame {...frame} control={(attributes) => <textarea {...attributes} {...textarea} />} />;
}

/** A labelled file picker that hands over the chosen file (none when the choice is cleared). */
export function FileField({
  onChoose,
  ...input
}: FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & { onChoose: (file: File | undefined) => void }) {
  return <Field type="file" {...input} onChange={(event) => onChoose(event.target.files?.[0])} />;
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}

import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { FormActions } from './Field';

/**
 * A form's row of actions led by its submit button. Other actions (cancel, say) follow it as
 * children; further button attributes (disabled while the call runs, aria-busy) go to the button.
 */
export function SubmitActions({
  label,
  children,
  ...button
}: { label: string; children?: ReactNode } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'>) {
  return (
    <FormActions>
      <button type="submit" {...button}>
        {label}
      </button>
      {children}
    </FormActions>
  );
}

import type { ReactNode } from 'react';

/**
 * A narrow form that stands as a section of its own, named by its heading. Submitting it runs
 * `onSubmit` in place of the browser's page load.
 */
export function TitledForm({
  id,
  heading,
  level,
  onSubmit,
  children,
}: {
  /** The heading's id, which names the form. */
  id: string;
  heading: string;
  level: 2 | 3;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form
      className="narrow-form"
      aria-labelledby={id}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Heading id={id}>{heading}</Heading>
      {children}
    </form>
  );
}

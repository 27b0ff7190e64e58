/** What an action on a list page just did, or why it failed; one per page. */
export type PageMessage = { text: string; error?: boolean } | null;

/**
 * Announces a page's message: success through a live region that is always in the page (so a new text
 * is read out), an error as an alert.
 */
export function PageMessageView({ message, className }: { message: PageMessage; className: string }) {
  return (
    <>
      <div role="status" className={className}>
        {message && !message.error && <p className="notice notice--success">{message.text}</p>}
      </div>
      {message?.error && (
        <div className={`notice notice--error ${className}`} role="alert">
          <p>{message.text}</p>
        </div>
      )}
    </>
  );
}

import './card-preview.css';

/**
 * The first look at an instrument on its catalogue card: decorative (the title beside it names the
 * card), in a fixed-ratio box so the cards do not jump while it loads, and nothing at all without one.
 */
export function CardPreview({ url }: { url: string | null | undefined }) {
  if (!url) return null;
  return (
    <div className="card-preview">
      <img src={url} alt="" width={600} height={849} loading="lazy" decoding="async" />
    </div>
  );
}

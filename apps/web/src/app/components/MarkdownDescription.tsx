import type { ComponentProps } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';

/*
 * Safety: raw HTML in the Markdown is skipped (no rehype-raw), so no script, tag or event handler
 * gets through, and react-markdown's default urlTransform empties javascript:, data: and vbscript:
 * URLs. The components below only change headings and links; they never widen what is allowed.
 */
/** The props minus react-markdown's `node` (the syntax tree), which is not an HTML attribute. */
function domProps<T extends ExtraProps>(props: T): Omit<T, 'node'> {
  const rest = { ...props };
  delete rest.node;
  return rest;
}

type HeadingProps = ComponentProps<'h3'> & ExtraProps;
// The page owns h1 and h2; the description's headings sit below its "Beschrijving" h2.
const asH3 = (props: HeadingProps) => <h3 {...domProps(props)} />;
const asH4 = (props: HeadingProps) => <h4 {...domProps(props)} />;

const components: Components = {
  h1: asH3,
  h2: asH3,
  h3: asH4,
  h4: asH4,
  h5: asH4,
  h6: asH4,
  a: (props) => {
    const { href, children, ...rest } = domProps(props);
    // An unsafe URL arrives here as ''; render the text without a link rather than a link to this page.
    return href ? (
      <a {...rest} href={href} rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <a>{children}</a>
    );
  },
};

/** The instrument's description, from Markdown. */
export function MarkdownDescription({ source }: { source: string }) {
  return (
    <div className="instrument-description">
      <Markdown skipHtml components={components}>
        {source}
      </Markdown>
    </div>
  );
}

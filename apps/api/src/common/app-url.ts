/** The public address of the web app (APP_URL, else this server), without a trailing slash: for links in mails and files. */
export function appUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}

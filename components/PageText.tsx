/**
 * Text that came from a web page (titles, store names, order numbers,
 * messages), isolated from the text around it: a right-to-left override in
 * it cannot reorder the rest of the line ("RTL png.exe Store"). `<bdi>` is
 * an inline element with `dir=auto` isolation built in.
 */
export function PageText({ text }: { text: string }) {
  return <bdi>{text}</bdi>;
}

/** Saves a text or blob as a file through a temporary object URL. */
export function downloadFile(
  name: string,
  content: Blob | string,
  type = 'application/json',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Files cross to the core as base64 inside a call: the renderer never hands over a path. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

/** A file as a call carries it: its name and its bytes in base64. */
export type FileUpload = { fileName: string; contentBase64: string };

/** The file chosen in a file field as a call carries it, or null when the choice was cleared. */
export async function chosenUpload(file: File | undefined): Promise<FileUpload | null> {
  return file ? { fileName: file.name, contentBase64: await fileToBase64(file) } : null;
}

const mimeTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/** Saves bytes from the core through the browser's own download (Electron asks where). */
export function downloadBase64(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  downloadBytes(fileName, bytes);
}

export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: mimeTypes[extension] ?? 'application/octet-stream' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

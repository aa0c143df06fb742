import { useState } from 'react';
import { apiDownload } from '../../api.js';

/** Saves a file the API sent: a plain link cannot carry the bearer token, so the page fetches it and hands the browser the blob. */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function useDownload() {
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function download(path: string, filename: string, doneText: (file: string) => string) {
    setBusy(true);
    setNote(null);
    setError(null);
    try {
      saveBlob(await apiDownload(path), filename);
      setNote(doneText(filename));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return { note, error, busy, download };
}

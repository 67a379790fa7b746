/** Largest file the API accepts (5 MB), checked here too so nobody waits for a refused upload. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Files up to this size travel base64-encoded inside `recordDocument` (the GraphQL body is capped
 * at 100 kB and base64 adds a third); larger ones go up afterwards with `PUT /documents/:id/file`.
 */
export const INLINE_FILE_BYTES = 64 * 1024;

const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const ACCEPTED_FILES = Object.keys(TYPES_BY_EXTENSION)
  .map((ext) => `.${ext}`)
  .join(',');

/** The type to declare for a file: the browser's, else the one its extension names; null when not accepted. */
export function declaredType(file: File): string | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()?.toLowerCase() : undefined;
  const byName = ext ? TYPES_BY_EXTENSION[ext] : undefined;
  if (!byName) return null;
  return file.type && Object.values(TYPES_BY_EXTENSION).includes(file.type) ? file.type : byName;
}

/** The reason code the API would give for this file before reading it, or null when it may go. */
export function fileProblem(file: File): 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | null {
  if (file.size === 0) return 'EMPTY';
  if (file.size > MAX_FILE_BYTES) return 'TOO_LARGE';
  return declaredType(file) ? null : 'UNSUPPORTED_TYPE';
}

/** The file's bytes as base64 (without the data-URL prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Why an upload failed, as the API's code and reason (reason only for refused files). */
export interface UploadFailure {
  code: string;
  reason?: string;
}

/**
 * Sends the file as the raw body of `PUT /documents/:id/file` with the session cookie, reporting
 * progress in percent. XMLHttpRequest rather than fetch because only it reports upload progress.
 */
export function uploadDocumentFile(
  documentId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<void> {
  return new Promise((resolve, reject: (failure: UploadFailure) => void) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/documents/${encodeURIComponent(documentId)}/file`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', declaredType(file) ?? 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject({ code: 'NETWORK' });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      if (xhr.status === 413) return reject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });
      reject(failureFromBody(xhr.status, xhr.responseText));
    };
    xhr.send(file);
  });
}

function failureFromBody(status: number, body: string): UploadFailure {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown; reason?: unknown } }[] };
    const ext = parsed.errors?.[0]?.extensions;
    if (typeof ext?.code === 'string') {
      return typeof ext.reason === 'string' ? { code: ext.code, reason: ext.reason } : { code: ext.code };
    }
  } catch {
    // Not JSON: fall back on the status.
  }
  return { code: status === 404 ? 'NOT_FOUND' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN' };
}

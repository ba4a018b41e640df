/** What a check of untrusted input returns: the value, or the failure's own fields (a reason, problems...). */
export type Result<T, Failure extends object> = { ok: true; value: T } | ({ ok: false } & Failure);

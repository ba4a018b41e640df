/** Shapes shared by the checklist, the decision log and the webview protocol. */

export type Outcome = 'decline' | 'ask-first' | 'propose-alternative' | 'attend';

export type Channel = 'email' | 'phone-then-email' | 'phone' | 'recruiter-first' | 'manager-first';

export type Stage = 'screening' | 'first' | 'second' | 'final';

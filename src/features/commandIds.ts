/** Every command id the extension contributes: one source, checked against package.json by a unit test. */
export const Commands = {
  showLog: 'gracefulDecline.showLog',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** "1 document", "3 documents": a number with its noun, singular for one (the plural given or with an s). */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

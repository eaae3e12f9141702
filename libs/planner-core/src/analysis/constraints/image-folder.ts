/**
 * A folder said of a process's image by the words just before it: "the image is NOT under C:\Windows\",
 * "executable outside C:\Program Files", "process path in C:\Users\Public": the folder the program ran from,
 * whatever else the question says of files (a "process creation" event creates no file).
 */
const IMAGE_BEFORE =
  /\b(?:image|executable|binary|process(?:\s+(?:image|path))?)\s+(?:path\s+)?(?:(?:is|was|are|were)\s+)?(?:not\s+|n['’]t\s+)?(?:(?:located|running|living|sitting)\s+)?(?:in|under|inside|within|beneath|below|outside(?:\s+of)?|from)\s+(?:the\s+)?(?:folder\s+|directory\s+)?$/i;

/** Characters before a folder read for words that say it is a process image's folder. */
const WINDOW = 60;

/** Whether the words before a folder (`before` ends where the folder starts) name a process's image. */
export function saysImageFolder(before: string): boolean {
  return IMAGE_BEFORE.test(before.slice(-WINDOW));
}

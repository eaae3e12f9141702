/**
 * A folder said of a process's image by the words just before it: "the image is NOT under C:\Windows\",
 * "executable outside C:\Program Files", "process path in C:\Users\Public", "launched from outside D:\Tools\":
 * the folder the program ran from, whatever else the question says of files (a "process creation" event
 * creates no file; "Program Files" is no file written).
 */
const IMAGE_BEFORE =
  /\b(?:image|executable|binary|process(?:\s+(?:image|path))?)\s+(?:path\s+)?(?:(?:is|was|are|were)\s+)?(?:not\s+|n['’]t\s+)?(?:(?:located|running|living|sitting)\s+)?(?:in|under|inside|within|beneath|below|outside(?:\s+of)?|from)\s+(?:the\s+)?(?:folder\s+|directory\s+)?$/i;

/** "launched from outside C:\Program Files\", "run out of \AppData\": the folder a program was started from. */
const STARTED_FROM =
  /\b(?:launch(?:ed|es)?|ran|run(?:s|ning)?|start(?:ed|s)|execut(?:ed|es)|spawn(?:ed|s)?)\s+(?:(?:from|in)\s+)?(?:outside(?:\s+of)?|from|in|under|inside|within|out\s+of)\s+(?:the\s+)?(?:folder\s+|directory\s+)?$/i;

/** Characters before a folder read for words that say it is a process image's folder. */
const WINDOW = 60;

/** Whether the words before a folder (`before` ends where the folder starts) name a process's image. */
export function saysImageFolder(before: string): boolean {
  const near = before.slice(-WINDOW);
  return IMAGE_BEFORE.test(near) || STARTED_FROM.test(near);
}

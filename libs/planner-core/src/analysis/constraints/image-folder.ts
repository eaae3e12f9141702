/**
 * A folder said of a process's image by the words just before it: "the image is NOT under C:\Windows\",
 * "executable outside C:\Program Files", "process path in C:\Users\Public", "launched from outside D:\Tools\":
 * the folder the program ran from, whatever else the question says of files (a "process creation" event
 * creates no file; "Program Files" is no file written).
 */
const IMAGE_BEFORE =
  /\b(?:image|executable|binary|process(?:\s+(?:image|path))?)\s+(?:path\s+)?(?:(?:is|was|are|were)\s+)?(?:not\s+|n['’]t\s+)?(?:(?:located|running|living|sitting)\s+)?(?:in|under|inside|within|beneath|below|outside(?:\s+of)?|from)\s+(?:the\s+)?(?:folder\s+|directory\s+)?$/i;

/**
 * "launched from outside C:\Program Files\", "run out of \AppData\", "process creations from \Temp\": the folder a
 * program was started from.
 */
const STARTED_FROM =
  /\b(?:launch(?:ed|es)?|ran|run(?:s|ning)?|start(?:ed|s)|execut(?:ed|es)|spawn(?:ed|s)?|process(?:es)?\s+(?:creations?|starts?|launch(?:es)?|executions?))\s+(?:(?:from|in)\s+)?(?:outside(?:\s+of)?|from|in|under|inside|within|out\s+of)\s+(?:the\s+)?(?:folder\s+|directory\s+)?$/i;

/**
 * "scripts run out of \\Temp\\", "macros launched from the Downloads folder", ".js files from", "batch files
 * in": the folder holds scripts an interpreter runs, so it is in the interpreter's command line, not its image path.
 */
const SCRIPTS_BEFORE =
  /(?:\bscripts?|\bmacros?|\bbatch\s+files?|(?<![\w.])\*?\.(?:ps1|psm1|bat|cmd|vbs|vbe|js|jse|wsf|hta|py|sh)(?:\s+(?:files?|scripts?))?)\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|got|get|being)\s+)?(?:(?:run|ran|running|launched|launching|executed|executing|started|starting)\s+)?(?:(?:from|in|out\s+of|under|inside|within)\s+(?:(?:the|a|an|their|some)\s+)?(?:folder\s+|directory\s+)?)?$/i;

/** Whether the words before a folder (`before` ends where the folder, or its preposition, starts) say it holds scripts run. */
export function saysScriptFolder(before: string): boolean {
  return SCRIPTS_BEFORE.test(before.slice(-WINDOW));
}

/** Characters before a folder read for words that say it is a process image's folder. */
const WINDOW = 60;

/** Whether the words before a folder (`before` ends where the folder starts) name a process's image. */
export function saysImageFolder(before: string): boolean {
  const near = before.slice(-WINDOW);
  return IMAGE_BEFORE.test(near) || STARTED_FROM.test(near);
}

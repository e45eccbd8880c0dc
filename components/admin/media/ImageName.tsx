/**
 * What a library picture is called in lists and pickers: its alt text, or, flagged, the file it
 * came from. Tiles take their accessible name from this text, so what is read out is what is shown.
 */
export function ImageName({ alt, originalFilename }: { alt: string; originalFilename: string }) {
  if (alt) return alt;
  return (
    <>
      <span className="font-semibold text-amber-800">No alt text</span> · {originalFilename || 'Untitled image'}
    </>
  );
}

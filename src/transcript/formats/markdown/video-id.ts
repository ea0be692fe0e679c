/** Which YouTube video a markdown talk plays. */
import type { Diagnostic } from '../../types.ts';
import { readVideoIdOrUrl } from '../../youtube-link.ts';
import type { FrontMatter } from './front-matter.ts';
import type { LinkedVideo, Warn } from './draft.ts';

/**
 * The front matter's `youtube:` (or `video:`, `youtube_id:`) wins over the stamps' links; an error when
 * it is no video, or when neither names one and the talk has no `media:` of its own.
 */
export function chooseVideoId(front: FrontMatter, linkedVideo: LinkedVideo | null, diagnostics: Diagnostic[], warn: Warn): string | null {
  const declared = front.values.youtube ?? front.values.video ?? front.values.youtube_id;
  if (declared === undefined) {
    if (linkedVideo) return linkedVideo.id;
    // A talk with its own audio or video (`media:`) needs no YouTube video.
    if (front.values.media !== undefined) return null;
    diagnostics.push({
      severity: 'error',
      line: 0,
      message: 'no YouTube video id: add "youtube: VIDEO_ID" or "media: FILE" to the front matter, or link the stamps to the video',
    });
    return null;
  }
  const videoId = readVideoIdOrUrl(declared);
  const keyLine = front.keyLines.youtube ?? front.keyLines.video ?? front.keyLines.youtube_id ?? 1;
  if (videoId === null) {
    diagnostics.push({
      severity: 'error',
      line: keyLine,
      message: `"${declared.slice(0, 60)}" is not a YouTube video id (11 characters of A-Z a-z 0-9 _ -) or YouTube URL`,
    });
  } else if (linkedVideo && linkedVideo.id !== videoId) {
    warn(keyLine, `front matter names video ${videoId} but the stamps link to ${linkedVideo.id}; the front matter wins`);
  }
  return videoId;
}

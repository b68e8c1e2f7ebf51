import { describe, expect, it } from 'vitest';
import contentScript from './index';

describe('the content script definition', () => {
  it('runs in top frames of http(s) pages once they are idle', () => {
    expect(contentScript.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(contentScript.runAt).toBe('document_idle');
    expect(contentScript.allFrames ?? false).toBe(false);
  });

  it('posts no message to the page when it starts (tests/pages/hostile/frames.html counts the messages a page gets)', () => {
    expect(contentScript.noScriptStartedPostMessage).toBe(true);
  });
});

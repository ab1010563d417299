import { describe, expect, it } from 'vitest';
import { curlBody, numberedJsonBlocks } from './vendor-pages.ts';

describe('reading examples off a vendor page', () => {
  it('joins numbered lines into JSON and ignores numbered shell lines', () => {
    const page = ['GET', '1curl https://x', '2 -H "a: b"', 'Response', '1{', '2 "limit": 10,', '3 "items": [', '4 1', '5 ]', '6}', 'Next'].join('\n');
    expect(numberedJsonBlocks(page)).toEqual([{ limit: 10, items: [1] }]);
  });

  it('reads the body of a multi-line curl sample', () => {
    const page = "$curl -X POST https://x \\\n> -d '{\n> \"name\": \"A\",\n> \"isScimEnabled\": false\n>}'\n1{";
    expect(curlBody(page)).toEqual({ name: 'A', isScimEnabled: false });
  });
});

import { speechChunks } from '@/platform/speech'

// Read-aloud hands text to the speech engine in pieces that end at a sentence's end where they can.
describe('speechChunks', () => {
  test('pieces end at sentence marks and stay within the length', () => {
    expect(speechChunks('第一句。第二句！第三句', 5)).toEqual(['第一句。', '第二句！', '第三句'])
  })

  test('short sentences share a piece', () => {
    expect(speechChunks('一。二？三；四', 20)).toEqual(['一。二？三；四'])
  })

  test('line breaks and runs of spaces read as one space; repeated marks stay with their sentence', () => {
    expect(speechChunks('办理低保\n  需要哪些材料？？请带身份证。', 14)).toEqual([
      '办理低保 需要哪些材料？？',
      '请带身份证。',
    ])
  })

  test('a sentence longer than a piece is cut at the length', () => {
    expect(speechChunks('一二三四五六七', 3)).toEqual(['一二三', '四五六', '七'])
  })

  test('nothing to read gives no pieces', () => {
    expect(speechChunks('  \n ', 10)).toEqual([])
    expect(speechChunks('', 10)).toEqual([])
  })
})

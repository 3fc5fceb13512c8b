// 現在地 (src/locate/), the button and the promise beside it, shown from the first drawing
// (index.html, data-i18n). Japanese is the reference: texts.en.ts has exactly these keys,
// texts.easy.ts the ones that need rewriting (src/i18n/README.md). The messages load with the
// feature's chunk (message-texts.*.ts).
export const locateJa = {
  'locate.button': '現在地で調べる',
  'locate.privacy':
    '現在地は保存も送信もしません。つながっていれば、そこの想定を示すため、まわりのハザードマップ画像を国土地理院から取り寄せます（地図をタップしたときと同じ）。',
};

export type LocateTextKey = keyof typeof locateJa;

// The terms text/spam looks for: the words of gambling and porn pages with no ordinary use in a
// government report. Written in lower case: they are matched on the text with its ASCII letters
// lowered (see text-spam.ts).

/**
 * A term, and its marks: short words of which every match of the term contains at least one. A
 * text that holds none of a term's marks cannot hold the term, and is not searched for it. Most
 * reports hold no spam, and the marks, a plain list of words, are searched several times as fast
 * as the term's nested alternatives, whose first characters are common ones (体育, 网上, 在线…):
 * the seven terms were 6 % of a warm analyze() of the seeds, one alone 2.5 %. The marks are rare
 * parts of each alternative (a common one would send every report through the full search).
 * An expression rather than a list for `includes`: on a text made of characters that share a byte
 * with a mark's first one ("投" and "b"), `includes` slowed to several times the term's own search.
 * test/unit/spam-terms.test.ts checks, alternative by alternative, that every string a term
 * matches contains one of its marks. text/spam looks for every term's marks in one pass
 * (spamMarks.ts), which reads them as plain words: alternatives of characters and \d, no flags.
 */
export interface SpamTerm {
  term: RegExp;
  marks: RegExp;
}

export const SPAM_TERMS: readonly SpamTerm[] = [
  // Betting-site names: digits stuck to "bet" and the brands that spam pages use.
  { term: /\d{2,4}bet|(?<![a-z])bet\d{2,4}/, marks: /\dbet|bet\d/ },
  {
    term: /manbetx|betway|dafabet|sbobet|bwin|vwin|(?<![a-z0-9])[wm]88(?![0-9])|kaiyun|ag(?:亚游|真人)|亚博(?:体育|官网|app|娱乐)|万博(?:体育|官网|app|娱乐)|必威(?:体育|官网|app)|伟德(?:体育|官网|国际|app|娱乐)|博天堂|乐动体育|开云(?:体育|官网|app)|云顶(?:娱乐|国际|官网)/,
    marks: /bet|win|88|kaiyun|亚游|真人|博|必威|德|乐动|云/,
  },
  // Casinos and games.
  {
    term: /金沙(?:娱乐|官网|赌场|城|国际|app)|威尼斯人(?:娱乐|官网|赌场|app|游戏)|新葡京|葡京(?:娱乐|官网|赌场|app|国际)|永利(?:娱乐|赌场|官网|皇宫|app)|太阳城(?:集团|娱乐|官网|app)|申博(?:官网|娱乐|太阳城)/,
    marks: /金沙|威尼斯|葡京|永利|太阳城|申博/,
  },
  {
    term: /澳门(?:赌场|赌博|博彩|网上|在线|赌球|娱乐城|娱乐场|威尼斯人|新葡京|葡京|金沙|永利|银河(?:娱乐|官网|app)|太阳城|百家乐|六合彩|彩票)/,
    marks: /澳门/,
  },
  {
    term: /网上娱乐|在线娱乐(?:城|平台|官网)|娱乐城(?:官网|app|网址|开户|注册|平台)|真人(?:娱乐|视讯|荷官)|百家乐|龙虎斗|网上赌场|在线赌场|线上赌场/,
    marks: /娱乐|真人|百家乐|龙虎斗|赌场/,
  },
  {
    term: /(?:体育|足球|网上|在线)投注|投注(?:网|官网|平台|app)|(?:彩票|博彩|赌场|棋牌|体育|娱乐)(?:官网|app)(?:下载|网址|登录|注册)?|彩票(?:开户|投注|下注|网址)|(?:时时彩|六合彩|北京赛车|pk10)(?:官网|开奖|平台|app|网址|计划)|博彩(?:公司|网址|平台|娱乐)/,
    marks: /投注|官网|app|彩|赛车|pk10/,
  },
  // Porn.
  // 国产精品 alone may mean "quality domestic products": only with the words of porn pages.
  {
    term: /国产精品(?:视频|在线|一区|二区|三区|久久|av|自拍|网站|无码|福利)|(?:亚洲|日韩|欧美|久久)国产精品|精品国产(?:一区|二区|av|久久|自拍|在线)|成人(?:影院|影视|视频|电影|av|在线)|无码(?:视频|高清|中文|av|专区|在线)|一本道|(?:亚洲|欧美|日韩|日本)(?:av|无码|有码|成人|精品)|av(?:在线|天堂|电影|女优|网站|网址)|午夜(?:影院|福利|剧场|视频)|久久(?:精品|综合|视频)|激情(?:视频|小说|五月|网站)|伦理(?:片|电影|影院)|偷拍自拍|自拍偷拍/,
    marks: /精品|成人|码|本道|av|夜|久久|激情|伦理|偷拍/,
  },
];

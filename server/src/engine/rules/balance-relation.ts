// balance/relation: a relation that does not hold and that no single cell explains; reported on
// its total with both sides. Recomputing the total is offered (never applied unasked), and only
// when the total takes part in no relation that holds: a （七）总计 that agrees with 一 + 二 − 四
// is right, and the wrong number is among its parts.
import { balanceOf, sameRef } from '../balance.ts';
import { writeCellValue } from '../cellEdit.ts';
import type { Fix } from '../model.ts';
import { cellAt } from '../tableLookup.ts';
import { finding } from './finding.ts';
import { relationAnchor, relationSides } from './relationText.ts';
import type { Rule } from './types.ts';

export const balanceRelation: Rule = {
  id: 'balance/relation',
  severity: 'error',
  description: {
    zh: '表格的某项勾稽关系（行合计、列合计、一 + 二 = （七） + 四、表三各组总计）不成立，且无法归结为某一格的错误。',
    en: 'A table relation (row total, column total, 一 + 二 = （七） + 四, table C group totals) does not hold, and no single cell explains it.',
  },
  check(report) {
    const balance = balanceOf(report);
    return balance.unexplained.map((r) => {
      const sides = relationSides(r);
      const total = r.relation.kind === 'balance' ? undefined : r.relation.left[0];
      const totalCell = total ? cellAt(report, total) : null;
      const others = total === undefined ? [] : balance.relations.filter((o) =>
        o !== r && [...o.relation.left, ...o.relation.right].some((x) => sameRef(x, total)));
      const totalHoldsElsewhere = others.some((o) => o.status === 'holds');
      // "A part is wrong" only when the total agrees with every other relation it stands in: a
      // （七）总计 row left at 0 holds its own row total (0 = 0 + … + 0) but breaks 一 + 二 = （七） + 四
      // as well, and there the total, not a part, is what is wrong.
      const partIsWrong = totalHoldsElsewhere && !others.some((o) => o.status === 'broken');
      const fixes: Fix[] = totalCell && !totalHoldsElsewhere
        ? [{
          title: { zh: `重新计算总计：改为 ${r.right}`, en: `Recompute the total: ${r.right}` },
          edits: [writeCellValue(report.text, totalCell, String(r.right))],
          safe: false,
        }]
        : [];
      const hint = partIsWrong
        ? { zh: '；总计与其他勾稽关系相符，错误应在分项中', en: '; the total agrees with the other relations, so a part is wrong' }
        : { zh: '', en: '' };
      return finding(
        this,
        { zh: `${r.relation.name.zh}不成立：${sides.zh}${hint.zh}`, en: `${r.relation.name.en} does not hold: ${sides.en}${hint.en}` },
        relationAnchor(report, r),
        { fixes },
      );
    });
  },
};

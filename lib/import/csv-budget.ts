import { BUDGET, budgetText, type Budget } from "./budgets";
import type { ImportMessage } from "./messages";

type CsvBudget = Pick<Budget, "maxColumns" | "maxCellChars" | "maxRows">;

/**
 * One pass over a decoded CSV, quote-aware, before any parser builds a record: the first line
 * with too many columns or too long a cell, or too many rows. Costs a few milliseconds per MB
 * and no memory, where a parser would build a million-cell record first. Fed piece by piece
 * (an upload read in chunks), it answers what one call on the whole text would.
 */
export function csvBudgetScanner(delimiter: string, budget: CsvBudget = BUDGET): { scan(text: string): ImportMessage | null } {
  const delim = delimiter.charCodeAt(0);
  let line = 1;
  let recordLine = 1;
  let columns = 1;
  let cell = 0;
  let records = 0;
  let quoted = false;
  let blank = true;
  return {
    scan(text) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
          quoted = !quoted;
          blank = false;
          continue;
        }
        if (c === 10 /* \n */) {
          line++;
          if (!quoted) {
            if (!blank && ++records > budget.maxRows + 1) return { line: recordLine, text: budgetText.tooManyRows(budget.maxRows) };
            recordLine = line;
            columns = 1;
            cell = 0;
            blank = true;
            continue;
          }
        } else if (c === delim && !quoted) {
          if (++columns > budget.maxColumns) return { line: recordLine, text: budgetText.tooManyColumns(budget.maxColumns) };
          cell = 0;
          continue;
        } else if (c !== 13) blank = false;
        if (++cell > budget.maxCellChars) return { line: recordLine, text: budgetText.cellTooLong(budget.maxCellChars) };
      }
      return null;
    },
  };
}

export function checkCsvBudget(text: string, delimiter: string, budget: CsvBudget = BUDGET): ImportMessage | null {
  return csvBudgetScanner(delimiter, budget).scan(text);
}

// graphql-js does not say which argument an inline literal belongs to: it gives the value's line and
// column in the document. This walks the document to that point and names the argument, with the
// input fields on the way (`input.startsAt`), as the errors of variables do.
import { parse, visit, type ASTNode, type SourceLocation } from 'graphql';

export function literalFieldOf(document: string, at: SourceLocation): string | undefined {
  const lines = document.split('\n');
  if (at.line < 1 || at.line > lines.length) return undefined;
  const target = lines.slice(0, at.line - 1).reduce((offset, line) => offset + line.length + 1, 0) + at.column - 1;
  let found: string | undefined;
  const names: string[] = [];
  const enter = (node: ASTNode & { name: { value: string }; value: ASTNode }) => {
    names.push(node.name.value);
    if (node.value.loc?.start === target) {
      found = names.join('.');
      return false;
    }
    return undefined;
  };
  const leave = () => {
    names.pop();
  };
  try {
    visit(parse(document), { Argument: { enter, leave }, ObjectField: { enter, leave } });
  } catch {
    return undefined;
  }
  return found;
}

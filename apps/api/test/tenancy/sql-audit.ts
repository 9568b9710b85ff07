// Checks one SQL statement against the distribution by clinic: every distributed table it reads,
// updates or deletes is held to one clinic, by an equality on its distribution column (clinicId;
// Clinic's id) with a value, or by a join on it to a row that is itself held to one clinic (in the
// same query block, an enclosing one for correlated subqueries, or a CTE/subquery whose rows are);
// every INSERT into one names the column. The statement is parsed by libpg-query, PostgreSQL's own
// parser (compiled to WebAssembly: nothing is downloaded or built at install).
import { loadModule, parseSync } from 'libpg-query';
import type { TableModel } from './tables.js';

type Node = any;

export interface Finding {
  table: string;
  problem: string;
}

interface Relation {
  alias: string;
  /** A distributed table, or a CTE/subquery ('derived'), or anything else ('other'). */
  kind: 'distributed' | 'derived' | 'other';
  table?: string;
  /** The column naming the clinic: clinicId, Clinic's id; for a derived relation clinicId. */
  column?: string;
  pinned: boolean;
}

interface Scope {
  relations: Relation[];
  outer?: Scope;
}

/** A condition of a query block and the relations it may hold (an outer join's ON holds only its nullable side). */
interface Condition {
  expr: Node;
  holds?: Set<Relation>;
}

// Statements without tables, which need not parse (the parser knows them all, this is a safety net).
const NO_TABLE = /^\s*(BEGIN|START|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|SET|RESET|SHOW|DEALLOCATE|DISCARD|LISTEN|UNLISTEN|NOTIFY)\b/i;

export interface StatementReport {
  findings: Finding[];
  /** Distributed tables the statement touches. */
  tables: string[];
}

/**
 * `parameters`: parameter lists of the statement's executions, which let a `clinicId IN ($1, $2, ...)`
 * (Prisma's loading of related rows through the composite clinic-scoped keys) count as one clinic
 * when every execution gave one value throughout.
 */
export function auditStatement(sql: string, model: TableModel, parameters: (string | null)[][] = []): StatementReport {
  let tree: Node;
  try {
    tree = parseSync(sql);
  } catch (error) {
    if (NO_TABLE.test(sql)) return { findings: [], tables: [] };
    return { findings: [{ table: '?', problem: `could not be parsed: ${(error as Error).message}` }], tables: [] };
  }
  const audit = new Audit(model, parameters);
  for (const { stmt } of tree.stmts ?? []) audit.statement(stmt, undefined, new Map());
  return { findings: audit.findings, tables: [...audit.tables] };
}

class Audit {
  readonly findings: Finding[] = [];
  readonly tables = new Set<string>();

  constructor(
    private readonly model: TableModel,
    private readonly parameters: (string | null)[][],
  ) {}

  /** Any statement; returns whether its rows are held to one clinic (for CTEs and subqueries). */
  statement(node: Node, outer: Scope | undefined, ctes: Map<string, boolean>): boolean {
    const [kind, body] = Object.entries(node)[0] as [string, Node];
    switch (kind) {
      case 'SelectStmt':
        return this.select(body, outer, ctes);
      case 'InsertStmt':
        return this.insert(body, outer, ctes);
      case 'UpdateStmt':
        return this.block(body, outer, this.withCtes(body, outer, ctes), {
          target: body.relation,
          from: body.fromClause,
          where: body.whereClause,
          expressions: [body.targetList, body.returningList],
          verb: 'updated',
        });
      case 'DeleteStmt':
        return this.block(body, outer, this.withCtes(body, outer, ctes), {
          target: body.relation,
          from: body.usingClause,
          where: body.whereClause,
          expressions: [body.returningList],
          verb: 'deleted',
        });
      default: {
        // DDL, COPY, utility: fine unless it names a distributed table, which this audit cannot judge.
        for (const rangeVar of findAll(body, 'RangeVar')) {
          const relation = this.relationOf(rangeVar, ctes);
          if (relation.kind === 'distributed') this.report(relation.table!, `is touched by a ${kind}, which this audit does not check`);
        }
        return true;
      }
    }
  }

  private withCtes(body: Node, outer: Scope | undefined, ctes: Map<string, boolean>): Map<string, boolean> {
    const withClause = body.withClause;
    if (!withClause) return ctes;
    const inner = new Map(ctes);
    for (const item of withClause.ctes ?? []) {
      const cte = item.CommonTableExpr;
      // A recursive CTE refers to itself: held until shown otherwise.
      inner.set(cte.ctename, true);
      inner.set(cte.ctename, this.statement(cte.ctequery, outer, inner));
    }
    return inner;
  }

  private select(body: Node, outer: Scope | undefined, ctes: Map<string, boolean>): boolean {
    const inner = this.withCtes(body, outer, ctes);
    if (body.op && body.op !== 'SETOP_NONE') {
      const left = this.select(body.larg, outer, inner);
      const right = this.select(body.rarg, outer, inner);
      return left && right;
    }
    return this.block(body, outer, inner, {
      from: body.fromClause,
      where: body.whereClause,
      expressions: [body.targetList, body.havingClause, body.valuesLists, body.sortClause, body.groupClause, body.limitCount],
      verb: 'read',
    });
  }

  private insert(body: Node, outer: Scope | undefined, ctes: Map<string, boolean>): boolean {
    const inner = this.withCtes(body, outer, ctes);
    const target = this.relationOf(body.relation, inner);
    if (target.kind === 'distributed') {
      this.tables.add(target.table!);
      const columns = (body.cols ?? []).map((col: Node) => col.ResTarget.name);
      if (!columns.includes(target.column)) this.report(target.table!, `is inserted into without its ${target.column}`);
    }
    const source = body.selectStmt ? this.statement(body.selectStmt, outer, inner) : true;
    const scope: Scope = { relations: [{ ...target, pinned: true }], outer };
    for (const expressions of [body.returningList, body.onConflictClause?.targetList, body.onConflictClause?.whereClause]) {
      for (const sublink of findSubLinks(expressions)) this.statement(sublink.subselect, scope, inner);
    }
    return source;
  }

  /** One query block (FROM/WHERE): holds what its conditions hold, then checks its subqueries. */
  private block(
    _body: Node,
    outer: Scope | undefined,
    ctes: Map<string, boolean>,
    parts: { target?: Node; from?: Node[]; where?: Node; expressions: unknown[]; verb: string },
  ): boolean {
    const scope: Scope = { relations: [], outer };
    const conditions: Condition[] = [];
    const derived: { relation: Relation; query: Node }[] = [];
    const sublinkSources: unknown[] = [parts.where, ...parts.expressions];
    if (parts.target) scope.relations.push(this.relationOf(parts.target, ctes));
    const addItem = (item: Node): Relation[] => {
      if (item.RangeVar) {
        const relation = this.relationOf(item.RangeVar, ctes);
        scope.relations.push(relation);
        return [relation];
      }
      if (item.RangeSubselect) {
        const relation: Relation = {
          alias: item.RangeSubselect.alias?.aliasname ?? '',
          kind: 'derived',
          column: 'clinicId',
          pinned: false,
        };
        scope.relations.push(relation);
        derived.push({ relation, query: item.RangeSubselect.subquery });
        return [relation];
      }
      if (item.JoinExpr) {
        const join = item.JoinExpr;
        const left = addItem(join.larg);
        const right = addItem(join.rarg);
        const holds =
          join.jointype === 'JOIN_LEFT'
            ? new Set(right)
            : join.jointype === 'JOIN_RIGHT'
              ? new Set(left)
              : join.jointype === 'JOIN_FULL'
                ? new Set<Relation>()
                : undefined;
        if (join.quals) {
          conditions.push({ expr: join.quals, holds });
          sublinkSources.push(join.quals);
        }
        const using = (join.usingClause ?? []).map((name: Node) => name.String?.sval);
        if (using.includes('clinicId')) {
          for (const a of left) for (const b of right) conditions.push({ expr: { usingClinic: [a, b] }, holds });
        }
        return [...left, ...right];
      }
      return []; // functions (unnest($1)) and the like hold no tenant rows
    };
    for (const item of parts.from ?? []) addItem(item);
    if (parts.where) conditions.push({ expr: parts.where });

    this.hold(scope, conditions);
    for (const { relation, query } of derived) {
      // LATERAL subqueries may refer to this block's relations.
      relation.pinned = this.statement(query, scope, ctes);
    }
    this.hold(scope, conditions);
    for (const sublink of findSubLinks(sublinkSources)) this.statement(sublink.subselect, scope, ctes);

    let all = true;
    for (const relation of scope.relations) {
      if (relation.kind === 'derived' && !relation.pinned) all = false;
      if (relation.kind !== 'distributed') continue;
      this.tables.add(relation.table!);
      if (!relation.pinned) {
        all = false;
        const verb = relation === scope.relations[0] && parts.target ? parts.verb : 'read';
        this.report(relation.table!, `is ${verb} without a ${relation.column} equality or a join on it to a row of one clinic`);
      }
    }
    return all;
  }

  /** Marks the relations the conditions hold to one clinic, to a fixpoint (joins chain). */
  private hold(scope: Scope, conditions: Condition[]): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const { expr, holds } of conditions) {
        for (const conjunct of conjuncts(expr)) {
          for (const relation of this.heldBy(conjunct, scope)) {
            if (relation.pinned || !scope.relations.includes(relation)) continue;
            if (holds && !holds.has(relation)) continue;
            relation.pinned = true;
            changed = true;
          }
        }
      }
    }
  }

  /** The relations of `scope` one conjunct holds to one clinic, given what is held already. */
  private heldBy(expr: Node, scope: Scope): Relation[] {
    if (expr.usingClinic) {
      const [a, b] = expr.usingClinic as [Relation, Relation];
      return a.pinned ? [b] : b.pinned ? [a] : [];
    }
    if (expr.BoolExpr?.boolop === 'OR_EXPR') {
      // Held by every branch (Prisma's composite-key lookups: (clinicId = $1 AND id = $2) OR ...).
      const branches = expr.BoolExpr.args.map((branch: Node) => new Set(conjuncts(branch).flatMap((c) => this.heldBy(c, scope))));
      return [...branches[0]].filter((relation) => branches.every((branch: Set<Relation>) => branch.has(relation)));
    }
    const a = expr.A_Expr;
    if (!a) return [];
    const operator = a.name?.[0]?.String?.sval;
    if (a.kind === 'AEXPR_OP' && operator === '=') {
      if (a.lexpr.RowExpr && a.rexpr.RowExpr) {
        return a.lexpr.RowExpr.args.flatMap((left: Node, i: number) => this.equality(left, a.rexpr.RowExpr.args[i], scope));
      }
      return this.equality(a.lexpr, a.rexpr, scope);
    }
    if (a.kind === 'AEXPR_IN' && operator === '=' && a.rexpr.List) {
      const items: Node[] = a.rexpr.List.items;
      if (a.lexpr.RowExpr) {
        // (clinicId, id) IN (($1, $2), ...): held when every row names the clinic by a value.
        return a.lexpr.RowExpr.args.flatMap((left: Node, i: number) => {
          const relation = this.clinicColumn(left, scope);
          return relation && items.every((row) => row.RowExpr && isValue(row.RowExpr.args[i])) ? [relation] : [];
        });
      }
      if (items.length === 1) return this.equality(a.lexpr, items[0], scope);
      const relation = this.clinicColumn(a.lexpr, scope);
      if (relation && this.oneClinic(items)) return [relation];
    }
    return [];
  }

  /** Whether a list of values names one clinic: equal constants, or parameters equal in every execution seen. */
  private oneClinic(items: Node[]): boolean {
    const bare = items.map((item) => (item.TypeCast ? item.TypeCast.arg : item));
    if (bare.every((item) => item.A_Const)) return new Set(bare.map((item) => JSON.stringify({ ...item.A_Const, location: 0 }))).size === 1;
    if (!bare.every((item) => item.ParamRef) || this.parameters.length === 0) return false;
    const positions = bare.map((item) => item.ParamRef.number - 1);
    return this.parameters.every((values) => {
      const first = values[positions[0]];
      return first != null && positions.every((position) => values[position] === first);
    });
  }

  private equality(left: Node, right: Node, scope: Scope): Relation[] {
    const l = this.clinicColumn(left, scope);
    const r = this.clinicColumn(right, scope);
    if (l && r) return l.pinned ? [r] : r.pinned ? [l] : [];
    if (l && isValue(right)) return [l];
    if (r && isValue(left)) return [r];
    return [];
  }

  /** The relation whose clinic column `expr` is, searching this block, then the enclosing ones. */
  private clinicColumn(expr: Node, scope: Scope): Relation | undefined {
    const ref = (expr.TypeCast ? expr.TypeCast.arg : expr).ColumnRef;
    if (!ref) return undefined;
    const fields: string[] = ref.fields.map((field: Node) => field.String?.sval);
    const column = fields.at(-1);
    const qualifier = fields.length > 1 ? fields.at(-2) : undefined;
    for (let level: Scope | undefined = scope; level; level = level.outer) {
      const candidates = level.relations.filter((relation) => relation.column === column && relation.kind !== 'other');
      const match = qualifier === undefined ? candidates : candidates.filter((relation) => relation.alias === qualifier);
      if (match.length === 1) return match[0];
      if (qualifier !== undefined && level.relations.some((relation) => relation.alias === qualifier)) return undefined;
    }
    return undefined;
  }

  private relationOf(rangeVar: Node, ctes: Map<string, boolean>): Relation {
    const name: string = rangeVar.relname;
    const schema: string | undefined = rangeVar.schemaname;
    const alias: string = rangeVar.alias?.aliasname ?? name;
    if (schema === undefined && ctes.has(name)) return { alias, kind: 'derived', column: 'clinicId', pinned: ctes.get(name)! };
    if (schema === undefined || schema === 'public') {
      const column = this.model.distribution.get(name);
      if (column) return { alias, kind: 'distributed', table: name, column, pinned: false };
      if (!this.model.global.has(name)) this.report(name, 'is not a known table: distribute it by clinicId or name it global in tables.ts');
    }
    return { alias, kind: 'other', pinned: false };
  }

  private report(table: string, problem: string): void {
    if (!this.findings.some((finding) => finding.table === table && finding.problem === problem)) this.findings.push({ table, problem });
  }
}

/** The top-level AND terms of a condition. */
function conjuncts(expr: Node): Node[] {
  if (expr?.BoolExpr?.boolop === 'AND_EXPR') return expr.BoolExpr.args.flatMap(conjuncts);
  return expr ? [expr] : [];
}

/** A value that names no column: a parameter, a constant, a cast or function of those (current_setting(...)). */
function isValue(expr: Node): boolean {
  if (expr === undefined) return false;
  return findAll(expr, 'ColumnRef').length === 0 && findAll(expr, 'SubLink').length === 0;
}

/** The subqueries of expressions, not descending into the subqueries themselves (each is audited as a block). */
function findSubLinks(tree: unknown): Node[] {
  const found: Node[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'SubLink') found.push(value);
      else walk(value);
    }
  };
  walk(tree);
  return found;
}

function findAll(tree: unknown, kind: string): Node[] {
  const found: Node[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === kind) found.push(value);
      walk(value);
    }
  };
  walk(tree);
  return found;
}

/** Loads the parser's WebAssembly; await once before auditStatement. */
export const loadParser: () => Promise<void> = loadModule;

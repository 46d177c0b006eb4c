// Minimal typings for the parts of mvdan-sh (the GopherJS build of mvdan/sh) that the linter uses.
declare module 'mvdan-sh' {
  export interface ShPos {
    Offset(): number;
    Line(): number;
    Col(): number;
  }
  export interface ShNode {
    Pos(): ShPos;
    End(): ShPos;
    [key: string]: unknown;
  }
  export interface ShParser {
    Parse(src: string, name: string): ShNode;
  }
  export const syntax: {
    NewParser(...options: unknown[]): ShParser;
    Variant(v: number): unknown;
    LangBash: number;
    LangPOSIX: number;
    KeepComments(keep: boolean): unknown;
    Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
    NodeType(node: ShNode): string;
  };
}

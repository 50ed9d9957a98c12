// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '@/lib/settings';

interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
}
const schema: SchemaNode = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../public/managed_schema.json'), 'utf8'),
);
const keys = (node?: SchemaNode) => Object.keys(node?.properties ?? {}).sort();

describe('the policy schema an administrator fills in', () => {
  it('names exactly the settings Sidecard reads, and never the API key', () => {
    expect(keys(schema)).toEqual(Object.keys(settingsSchema.shape).sort());
    expect(keys(schema.properties?.fieldMap)).toEqual(
      Object.keys(settingsSchema.shape.fieldMap.unwrap().shape).sort(),
    );
    expect(keys(schema.properties?.presets?.items)).toEqual(
      Object.keys(settingsSchema.shape.presets.unwrap().element.shape).sort(),
    );
    expect(JSON.stringify(keys(schema))).not.toMatch(/key/i);
  });

  it('uses only what Chrome accepts (it refuses to load an extension whose schema it cannot read)', () => {
    const nodes = (node: SchemaNode): SchemaNode[] => [
      node,
      ...Object.values(node.properties ?? {}).flatMap(nodes),
      ...(node.items ? nodes(node.items) : []),
    ];
    // Chrome takes bounds on whole numbers only; a bound on a "number" stops the extension loading.
    for (const node of nodes(schema).filter((n) => n.minimum !== undefined || n.maximum !== undefined)) {
      expect(node.type).toBe('integer');
    }
    expect(Object.keys(schema)).not.toContain('$schema');
  });
});

// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetSchema, settingsSchema } from '@/lib/settings';

interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
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
    expect(keys(schema.properties?.presets?.items)).toEqual(Object.keys(presetSchema.shape).sort());
    expect(JSON.stringify(keys(schema))).not.toMatch(/key/i);
  });
});

import { useEffect, useMemo, useState } from 'react';
import type { Tag } from '../../core/model/tag.js';
import { buildTagTree } from './build-tag-tree.js';
import { useApi } from '../api/api-context.js';

/** Every tag of the library and its tree, fetched again whenever the library's data changes. */
export function useTags(version: number, onError: (error: unknown) => void) {
  const api = useApi();
  const [tags, setTags] = useState<Tag[]>([]);
  useEffect(() => {
    let isCurrent = true;
    api.listTags({ limit: 1000 }).then((found) => isCurrent && setTags(found), onError);
    return () => {
      isCurrent = false;
    };
  }, [api, version, onError]);
  const tree = useMemo(() => buildTagTree(tags), [tags]);
  return { tags, tree };
}

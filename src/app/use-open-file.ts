import { useCallback } from 'react';
import { registerLocalFile } from '../model/load-model';
import { useModelSourceStore } from './model-source-store';

/** Opens a local model file (Open model, or a drop on the page). */
export function useOpenFile(): (file: File) => void {
  const request = useModelSourceStore((s) => s.request);
  return useCallback((file: File) => request(registerLocalFile(file)), [request]);
}

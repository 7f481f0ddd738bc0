import { create } from 'zustand';
import type { ModelSource } from '../model/load-model';
import { DEFAULT_MODEL_URL } from '../model/default-model-url';
import { useViewStore } from '../state/view-store';

/** Which model is asked for and which one is on screen (the last one that loaded). */
type ModelSourceStore = {
  requested: ModelSource;
  shown: ModelSource | null;
  request: (source: ModelSource) => void;
  markShown: (source: ModelSource) => void;
};

export const urlSource = (model: string | null): ModelSource => ({
  kind: 'url',
  url: model ?? DEFAULT_MODEL_URL,
});

export const useModelSourceStore = create<ModelSourceStore>()((set) => ({
  requested: urlSource(useViewStore.getState().model),
  shown: null,
  request: (requested) => set({ requested }),
  markShown: (shown) => set({ shown }),
}));

// `model=` in the URL (typed, or restored by Back/Forward) asks for that model.
useViewStore.subscribe((state, previous) => {
  if (state.model !== previous.model)
    useModelSourceStore.getState().request(urlSource(state.model));
});

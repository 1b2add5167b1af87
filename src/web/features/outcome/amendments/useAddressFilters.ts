import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { type AmendmentFilters, readFilters, writeFilters } from './model.js';

type Known = Parameters<typeof readFilters>[1];

/**
 * The filters, kept in the address so a filtered queue can be shared and survives a reload. The
 * router changes the address in a transition, later than the select changes: the choice is held
 * here meanwhile, or a select driven from the address would jump back under a keyboard user
 * moving through its options (as the programme's filters do).
 */
export function useAddressFilters(known: Known): [AmendmentFilters, (next: AmendmentFilters) => void] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [state, setState] = useState(() => ({ filters: readFilters(params, known), written: new Set([address]) }));
  if (!state.written.has(address)) {
    // A link or the browser changed the address: follow it.
    setState({ filters: readFilters(params, known), written: new Set([address]) });
  }
  const change = (next: AmendmentFilters) => {
    const nextParams = writeFilters(next, params);
    setState((s) => ({ filters: next, written: new Set([...s.written, nextParams.toString()]) }));
    setParams(nextParams, { replace: true, preventScrollReset: true });
  };
  return [state.written.has(address) ? state.filters : readFilters(params, known), change];
}

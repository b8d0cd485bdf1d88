import { useEffect } from 'react';
import { useApp } from '../app-context';

export function usePageTitle(title: string): void {
  const { org } = useApp();
  useEffect(() => {
    document.title = title ? `${title} · ${org.name}` : org.name;
  }, [title, org.name]);
}

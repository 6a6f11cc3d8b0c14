/** Skeleton while the map's data loads (the geometry is cached after the first view). */
export default function Loading() {
  return (
    <div className="flex animate-pulse flex-col gap-4" aria-busy="true">
      <div className="h-4 w-64 rounded bg-slate-200" />
      <div className="h-8 w-80 rounded bg-slate-200" />
      <div className="h-20 rounded-lg bg-slate-200" />
      <div className="h-[28rem] rounded-lg bg-slate-200" />
    </div>
  );
}

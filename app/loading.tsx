export default function Loading() {
  return (
    <div className="flex animate-pulse flex-col gap-4" aria-busy="true">
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="h-40 rounded-lg bg-slate-200" />
    </div>
  );
}

export default function Loading() {
  return (
    <div className="flex animate-pulse flex-col gap-4" aria-busy="true">
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="h-20 rounded-lg bg-slate-200" />
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="h-72 rounded-lg bg-slate-200" />
        <div className="h-72 rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}

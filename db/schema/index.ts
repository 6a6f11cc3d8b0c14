export * from "./regions";
export * from "./accounts";
export * from "./audit";
export * from "./surveys";
export * from "./scoring";
export * from "./publish";

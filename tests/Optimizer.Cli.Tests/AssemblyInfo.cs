// Every test starts real processes that run several evaluations at once; two at a time is what a small CI machine takes.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

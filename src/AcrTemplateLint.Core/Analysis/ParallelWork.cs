namespace AcrTemplateLint.Analysis;

/// <summary>
/// Runs indexed work items on dedicated threads with large stacks: deeply nested input recurses deeply, and the
/// default thread-pool stack is smaller than the limits the parsers and the evaluator enforce need.
/// </summary>
internal static class ParallelWork
{
    private const int StackSize = 64 * 1024 * 1024;

    public static void Run(int count, int parallelism, Action<int> work)
    {
        if (count == 0)
        {
            return;
        }

        var next = -1;
        OnThreads(Math.Clamp(parallelism, 1, count), () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                work(index);
            }
        });
    }

    /// <summary>
    /// Runs work that finds more work (folders found in folders) until none is left: <paramref name="work"/> gets
    /// an item and a way to add items, which any idle thread may take.
    /// </summary>
    public static void RunUntilDone<T>(IEnumerable<T> initial, int parallelism, Action<T, Action<T>> work)
    {
        var pending = new Stack<T>(initial);
        if (pending.Count == 0)
        {
            return;
        }

        var running = 0;
        var gate = new object();
        OnThreads(Math.Max(1, parallelism), () =>
        {
            var found = new List<T>();
            while (true)
            {
                T item;
                lock (gate)
                {
                    // An empty stack is the end only when no thread is still working: that thread may add more.
                    while (pending.Count == 0 && running > 0)
                    {
                        Monitor.Wait(gate);
                    }

                    if (pending.Count == 0)
                    {
                        Monitor.PulseAll(gate);
                        return;
                    }

                    item = pending.Pop();
                    running++;
                }

                try
                {
                    work(item, found.Add);
                }
                finally
                {
                    lock (gate)
                    {
                        // Reversed, so that a single thread takes them in the order they were found.
                        for (var i = found.Count - 1; i >= 0; i--)
                        {
                            pending.Push(found[i]);
                        }

                        found.Clear();
                        running--;
                        Monitor.PulseAll(gate);
                    }
                }
            }
        });
    }

    private static void OnThreads(int count, ThreadStart body)
    {
        var threads = new Thread[count];
        for (var t = 0; t < count; t++)
        {
            threads[t] = new Thread(body, StackSize);
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}

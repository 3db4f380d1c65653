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
        var workers = Math.Clamp(parallelism, 1, Math.Max(1, count));
        var threads = new Thread[workers];
        for (var t = 0; t < workers; t++)
        {
            threads[t] = new Thread(() =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count)
                {
                    work(index);
                }
            }, StackSize);
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}

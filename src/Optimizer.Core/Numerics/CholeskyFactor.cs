namespace Optimizer.Core.Numerics;

/// <summary>
/// Lower-triangular L with L L^T = A, stored by rows so that appending one row (a new observation) costs O(n^2)
/// instead of the O(n^3) of a fresh factorization (Golub &amp; Van Loan, "Matrix Computations", 4th ed., 4.2.5).
/// Factorization adds adaptive jitter to the diagonal when A is numerically indefinite.
/// </summary>
internal sealed class CholeskyFactor
{
    private readonly List<double[]> _rows;

    private CholeskyFactor(List<double[]> rows, double jitter)
    {
        _rows = rows;
        Jitter = jitter;
    }

    public int Size => _rows.Count;

    /// <summary>The diagonal jitter that had to be added to make A positive definite (0 when none).</summary>
    public double Jitter { get; }

    /// <summary>Row i of L: entries L[i, 0..i].</summary>
    public ReadOnlySpan<double> Row(int i) => _rows[i];

    /// <summary>
    /// Factorizes the symmetric matrix given by <paramref name="entry"/>(i, j) for j &lt;= i, retrying with jitter
    /// 1e-9, 1e-8, ... 1e-3 times the mean diagonal when a pivot is not positive.
    /// </summary>
    public static CholeskyFactor Factorize(int n, Func<int, int, double> entry)
    {
        var meanDiagonal = 0.0;
        for (var i = 0; i < n; i++) meanDiagonal += entry(i, i);
        meanDiagonal = n > 0 ? Math.Max(meanDiagonal / n, 1e-300) : 1.0;
        var lower = new double[n][];
        for (var i = 0; i < n; i++)
        {
            lower[i] = new double[i + 1];
            for (var j = 0; j <= i; j++) lower[i][j] = entry(i, j);
        }
        for (var jitter = 0.0; ; jitter = jitter == 0.0 ? 1e-9 * meanDiagonal : jitter * 10.0)
        {
            if (jitter > 1e-3 * meanDiagonal)
                throw new InvalidOperationException("covariance matrix is not positive definite even with jitter 1e-3");
            var rows = new List<double[]>(n + 16);
            var ok = true;
            for (var i = 0; i < n && ok; i++)
            {
                var row = (double[])lower[i].Clone();
                row[i] += jitter;
                ok = CompleteRow(rows, row);
                rows.Add(row);
            }
            if (ok) return new CholeskyFactor(rows, jitter);
        }
    }

    /// <summary>
    /// Appends the row and column of a new point (rows already stored are shared, never changed, so clones stay valid): <paramref name="crossCovariance"/> = A[n, 0..n-1],
    /// <paramref name="diagonal"/> = A[n, n]. O(n^2). The jitter of the factorization is added to the diagonal.
    /// </summary>
    public void Append(ReadOnlySpan<double> crossCovariance, double diagonal)
    {
        if (!TryAppend(crossCovariance, diagonal))
            throw new InvalidOperationException("appended point makes the covariance matrix indefinite; refactorize");
    }

    /// <summary><see cref="Append"/>, or false (the factor unchanged) when the new pivot is not positive.</summary>
    public bool TryAppend(ReadOnlySpan<double> crossCovariance, double diagonal)
    {
        var row = new double[Size + 1];
        crossCovariance.CopyTo(row);
        row[Size] = diagonal + Jitter;
        if (!CompleteRow(_rows, row)) return false;
        _rows.Add(row);
        return true;
    }

    public CholeskyFactor Clone() => new(new List<double[]>(_rows), Jitter);

    /// <summary>Solves L v = b in place.</summary>
    public void SolveLower(Span<double> b)
    {
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            b[i] = (b[i] - DenseKernels.Dot(row.AsSpan(0, i), b[..i])) / row[i];
        }
    }

    /// <summary>Solves L^T w = v in place.</summary>
    public void SolveUpper(Span<double> v)
    {
        for (var i = _rows.Count - 1; i >= 0; i--)
        {
            var row = _rows[i];
            v[i] /= row[i];
            DenseKernels.Axpy(-v[i], row.AsSpan(0, i), v[..i]);
        }
    }

    /// <summary>
    /// A^-1 = L^-T L^-1 as a full symmetric matrix, in n^3/3 operations: the columns of L^-1 by forward substitution
    /// from their first non-zero, then their inner products.
    /// </summary>
    public double[][] Inverse()
    {
        var n = _rows.Count;
        var columns = new double[n][];
        for (var j = 0; j < n; j++)
        {
            var column = new double[n];
            column[j] = 1.0 / _rows[j][j];
            for (var i = j + 1; i < n; i++)
                column[i] = -DenseKernels.Dot(_rows[i].AsSpan(j, i - j), column.AsSpan(j, i - j)) / _rows[i][i];
            columns[j] = column;
        }
        var inverse = new double[n][];
        for (var a = 0; a < n; a++) inverse[a] = new double[n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var value = DenseKernels.Dot(columns[a].AsSpan(a), columns[b].AsSpan(a));
                inverse[a][b] = value;
                inverse[b][a] = value;
            }
        }
        return inverse;
    }

    /// <summary>log det A = 2 sum log L_ii.</summary>
    public double LogDeterminant()
    {
        var sum = 0.0;
        for (var i = 0; i < _rows.Count; i++) sum += Math.Log(_rows[i][i]);
        return 2.0 * sum;
    }

    // Cholesky-Banachiewicz step: turns A[i, 0..i] into L[i, 0..i] given the rows above; false if the pivot is not positive.
    private static bool CompleteRow(List<double[]> rows, double[] row)
    {
        var i = row.Length - 1;
        for (var j = 0; j < i; j++)
        {
            var above = rows[j];
            row[j] = (row[j] - DenseKernels.Dot(row.AsSpan(0, j), above.AsSpan(0, j))) / above[j];
        }
        var pivot = row[i] - DenseKernels.Dot(row.AsSpan(0, i), row.AsSpan(0, i));
        if (!(pivot > 0.0)) return false;
        row[i] = Math.Sqrt(pivot);
        return true;
    }
}

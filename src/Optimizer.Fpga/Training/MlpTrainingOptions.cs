namespace Optimizer.Fpga.Training;

/// <summary>How <see cref="MlpTrainer"/> trains: Adam (Kingma and Ba 2015) on shuffled mini-batches.</summary>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="Epochs">Passes over the training set.</param>
/// <param name="BatchSize">Events per gradient step.</param>
/// <param name="Seed">Seeds the initial weights and the shuffling: same seed, same network.</param>
public sealed record MlpTrainingOptions(double LearningRate = 1e-3, int Epochs = 10, int BatchSize = 64, int Seed = 1);

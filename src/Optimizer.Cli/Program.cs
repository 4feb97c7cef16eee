Console.Error.WriteLine("optimizer: the command line is being built"); return 1;

Console.Error.WriteLine("bench: being built"); return 1;

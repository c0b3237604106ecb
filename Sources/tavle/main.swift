print("tavle")

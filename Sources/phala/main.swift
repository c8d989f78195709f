print("phala")

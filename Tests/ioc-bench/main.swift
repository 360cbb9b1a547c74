print("ioc-bench: todo")

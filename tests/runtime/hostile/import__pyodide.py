import _pyodide
print("should not get here")

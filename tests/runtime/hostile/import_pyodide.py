import pyodide
print("should not get here")
